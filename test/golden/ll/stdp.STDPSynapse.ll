; BrainTS kernels for synapse model STDPSynapse (models/stdp.ts:11), method onPre(t, dt).
; _rows: the synapses of the spiking neurons; _ids: listed synapses; _onPost: the synapses onto neurons that fired. Arrays (fields): w, apre, apost, lastupdate, post.ge.
; Group-uniform parameters (params): taupre, taupost, wmax, dApre, dApost.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'STDPSynapse.cpu'
source_filename = "models/stdp.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @STDPSynapse_onPre_rows(double** %fields, double* %params, i32* %spikes, i64 %count, i32* %rowBegin, i32* %rowEnd, i32* %col, i32* %keys, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !6 {
entry:
  ; models/stdp.ts:31  onPre(t: number, dt: number) {
  %w.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !9
  %w.ptr = load double*, double** %w.slot, align 8, !dbg !9
  %apre.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !9
  %apre.ptr = load double*, double** %apre.slot, align 8, !dbg !9
  %apost.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !9
  %apost.ptr = load double*, double** %apost.slot, align 8, !dbg !9
  %lastupdate.slot = getelementptr inbounds double*, double** %fields, i64 3, !dbg !9
  %lastupdate.ptr = load double*, double** %lastupdate.slot, align 8, !dbg !9
  %post.ge.slot = getelementptr inbounds double*, double** %fields, i64 4, !dbg !9
  %post.ge.ptr = load double*, double** %post.ge.slot, align 8, !dbg !9
  %taupre.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !9
  %taupre = load double, double* %taupre.slot, align 8, !dbg !9
  %taupost.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !9
  %taupost = load double, double* %taupost.slot, align 8, !dbg !9
  %wmax.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !9
  %wmax = load double, double* %wmax.slot, align 8, !dbg !9
  %dApre.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !9
  %dApre = load double, double* %dApre.slot, align 8, !dbg !9
  %dApost.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !9
  %dApost = load double, double* %dApost.slot, align 8, !dbg !9
  %bad = alloca i64, align 8, !dbg !9
  store i64 0, i64* %bad, align 8, !dbg !9
  %0 = icmp sgt i64 %count, 0, !dbg !9
  br i1 %0, label %spike, label %done, !dbg !9

spike:                                            ; preds = %next.spike, %entry
  %q = phi i64 [ 0, %entry ], [ %q.next, %next.spike ], !dbg !9
  %1 = getelementptr inbounds i32, i32* %spikes, i64 %q, !dbg !9
  %i = load i32, i32* %1, align 4, !dbg !9
  %2 = sext i32 %i to i64, !dbg !9
  %3 = sub i64 %count, 1, !dbg !9
  %4 = add i64 %q, 3, !dbg !9
  %5 = icmp slt i64 %4, %3, !dbg !9
  %6 = select i1 %5, i64 %4, i64 %3, !dbg !9
  %7 = getelementptr inbounds i32, i32* %spikes, i64 %6, !dbg !9
  %i.next = load i32, i32* %7, align 4, !dbg !9
  %8 = sext i32 %i.next to i64, !dbg !9
  %9 = add i64 %q, 6, !dbg !9
  %10 = icmp slt i64 %9, %3, !dbg !9
  %11 = select i1 %10, i64 %9, i64 %3, !dbg !9
  %12 = getelementptr inbounds i32, i32* %spikes, i64 %11, !dbg !9
  %i.after = load i32, i32* %12, align 4, !dbg !9
  %13 = sext i32 %i.after to i64, !dbg !9
  %14 = getelementptr inbounds i32, i32* %rowBegin, i64 %8, !dbg !9
  %row.next = load i32, i32* %14, align 4, !dbg !9
  %15 = sext i32 %row.next to i64, !dbg !9
  %16 = getelementptr inbounds i32, i32* %rowBegin, i64 %13, !dbg !9
  %17 = bitcast i32* %16 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %17, i32 0, i32 3, i32 1), !dbg !9
  %18 = add i64 %15, 0, !dbg !9
  %19 = getelementptr i32, i32* %col, i64 %18, !dbg !9
  %20 = bitcast i32* %19 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %20, i32 0, i32 3, i32 1), !dbg !9
  %21 = add i64 %15, 16, !dbg !9
  %22 = getelementptr i32, i32* %col, i64 %21, !dbg !9
  %23 = bitcast i32* %22 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %23, i32 0, i32 3, i32 1), !dbg !9
  %24 = add i64 %15, 32, !dbg !9
  %25 = getelementptr i32, i32* %col, i64 %24, !dbg !9
  %26 = bitcast i32* %25 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %26, i32 0, i32 3, i32 1), !dbg !9
  %27 = add i64 %15, 48, !dbg !9
  %28 = getelementptr i32, i32* %col, i64 %27, !dbg !9
  %29 = bitcast i32* %28 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %29, i32 0, i32 3, i32 1), !dbg !9
  %30 = add i64 %15, 7, !dbg !9
  %31 = getelementptr double, double* %w.ptr, i64 %15, !dbg !9
  %32 = bitcast double* %31 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %32, i32 0, i32 3, i32 1), !dbg !9
  %33 = getelementptr double, double* %w.ptr, i64 %30, !dbg !9
  %34 = bitcast double* %33 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %34, i32 0, i32 3, i32 1), !dbg !9
  %35 = add i64 %15, 7, !dbg !9
  %36 = getelementptr double, double* %apre.ptr, i64 %15, !dbg !9
  %37 = bitcast double* %36 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %37, i32 0, i32 3, i32 1), !dbg !9
  %38 = getelementptr double, double* %apre.ptr, i64 %35, !dbg !9
  %39 = bitcast double* %38 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %39, i32 0, i32 3, i32 1), !dbg !9
  %40 = add i64 %15, 7, !dbg !9
  %41 = getelementptr double, double* %apost.ptr, i64 %15, !dbg !9
  %42 = bitcast double* %41 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %42, i32 0, i32 3, i32 1), !dbg !9
  %43 = getelementptr double, double* %apost.ptr, i64 %40, !dbg !9
  %44 = bitcast double* %43 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %44, i32 0, i32 3, i32 1), !dbg !9
  %45 = add i64 %15, 7, !dbg !9
  %46 = getelementptr double, double* %lastupdate.ptr, i64 %15, !dbg !9
  %47 = bitcast double* %46 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %47, i32 0, i32 3, i32 1), !dbg !9
  %48 = getelementptr double, double* %lastupdate.ptr, i64 %45, !dbg !9
  %49 = bitcast double* %48 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %49, i32 0, i32 3, i32 1), !dbg !9
  %50 = getelementptr inbounds i32, i32* %rowBegin, i64 %2, !dbg !9
  %range.begin = load i32, i32* %50, align 4, !dbg !9
  %51 = sext i32 %range.begin to i64, !dbg !9
  %52 = getelementptr inbounds i32, i32* %rowEnd, i64 %2, !dbg !9
  %range.end = load i32, i32* %52, align 4, !dbg !9
  %53 = sext i32 %range.end to i64, !dbg !9
  %54 = icmp slt i64 %51, %53, !dbg !9
  br i1 %54, label %synapse, label %next.spike, !dbg !9

done:                                             ; preds = %next.spike, %entry
  ; models/stdp.ts:35  this.w = Math.min(Math.max(this.w + this.apost, 0), this.wmax);
  %55 = load i64, i64* %bad, align 8, !dbg !10
  %56 = icmp ne i64 %55, 0, !dbg !10
  %result = zext i1 %56 to i32, !dbg !10
  ret i32 %result, !dbg !10

synapse:                                          ; preds = %synapse, %spike
  ; models/stdp.ts:31  onPre(t: number, dt: number) {
  %x = phi i64 [ %51, %spike ], [ %x.next, %synapse ], !dbg !9
  %57 = getelementptr inbounds i32, i32* %col, i64 %x, !dbg !9
  %j = load i32, i32* %57, align 4, !dbg !9
  %58 = sext i32 %j to i64, !dbg !9
  ; models/stdp.ts:26  this.apre = this.apre * Math.exp(-elapsed / this.taupre);
  %apre.addr = getelementptr inbounds double, double* %apre.ptr, i64 %x, !dbg !11
  %apre = load double, double* %apre.addr, align 8, !dbg !11
  ; models/stdp.ts:25  const elapsed = t - this.lastupdate;
  %lastupdate.addr = getelementptr inbounds double, double* %lastupdate.ptr, i64 %x, !dbg !12
  %lastupdate = load double, double* %lastupdate.addr, align 8, !dbg !12
  %59 = fsub double %t, %lastupdate, !dbg !12
  %60 = fneg double %59, !dbg !12
  ; models/stdp.ts:26  this.apre = this.apre * Math.exp(-elapsed / this.taupre);
  %61 = fdiv double %60, %taupre, !dbg !13
  %62 = call double @llvm.exp.f64(double %61), !dbg !13
  %63 = fmul double %apre, %62, !dbg !13
  ; models/stdp.ts:34  this.apre += this.dApre;
  %apre.next = fadd double %63, %dApre, !dbg !14
  ; models/stdp.ts:27  this.apost = this.apost * Math.exp(-elapsed / this.taupost);
  %apost.addr = getelementptr inbounds double, double* %apost.ptr, i64 %x, !dbg !15
  %apost = load double, double* %apost.addr, align 8, !dbg !15
  %64 = fneg double %59, !dbg !16
  %65 = fdiv double %64, %taupost, !dbg !17
  %66 = call double @llvm.exp.f64(double %65), !dbg !17
  %apost.next = fmul double %apost, %66, !dbg !17
  ; models/stdp.ts:33  this.post.ge += this.w;
  %post.ge.addr = getelementptr inbounds double, double* %post.ge.ptr, i64 %58, !dbg !18
  %post.ge = load double, double* %post.ge.addr, align 8, !dbg !18
  %w.addr = getelementptr inbounds double, double* %w.ptr, i64 %x, !dbg !19
  %w = load double, double* %w.addr, align 8, !dbg !19
  %post.ge.next = fadd double %post.ge, %w, !dbg !19
  ; models/stdp.ts:35  this.w = Math.min(Math.max(this.w + this.apost, 0), this.wmax);
  %67 = fadd double %w, %apost.next, !dbg !20
  %68 = fcmp olt double 0.000000e+00, %67, !dbg !21
  %69 = fcmp une double %67, %67, !dbg !21
  %70 = or i1 %68, %69, !dbg !21
  %71 = select i1 %70, double %67, double 0.000000e+00, !dbg !21
  %72 = fcmp olt double %71, %wmax, !dbg !22
  %73 = fcmp une double %71, %71, !dbg !22
  %74 = or i1 %72, %73, !dbg !22
  %w.next = select i1 %74, double %71, double %wmax, !dbg !22
  ; models/stdp.ts:34  this.apre += this.dApre;
  %apre.addr1 = getelementptr inbounds double, double* %apre.ptr, i64 %x, !dbg !23
  store double %apre.next, double* %apre.addr1, align 8, !dbg !23
  %75 = fsub double %apre.next, %apre.next, !dbg !23
  %76 = bitcast double %75 to i64, !dbg !23
  %apre.bad = or i64 0, %76, !dbg !23
  ; models/stdp.ts:27  this.apost = this.apost * Math.exp(-elapsed / this.taupost);
  %apost.addr2 = getelementptr inbounds double, double* %apost.ptr, i64 %x, !dbg !24
  store double %apost.next, double* %apost.addr2, align 8, !dbg !24
  %77 = fsub double %apost.next, %apost.next, !dbg !24
  %78 = bitcast double %77 to i64, !dbg !24
  %apost.bad = or i64 %apre.bad, %78, !dbg !24
  ; models/stdp.ts:28  this.lastupdate = t;
  %lastupdate.addr3 = getelementptr inbounds double, double* %lastupdate.ptr, i64 %x, !dbg !25
  store double %t, double* %lastupdate.addr3, align 8, !dbg !25
  %79 = fsub double %t, %t, !dbg !25
  %80 = bitcast double %79 to i64, !dbg !25
  %lastupdate.bad = or i64 %apost.bad, %80, !dbg !25
  ; models/stdp.ts:33  this.post.ge += this.w;
  %post.ge.addr4 = getelementptr inbounds double, double* %post.ge.ptr, i64 %58, !dbg !18
  store double %post.ge.next, double* %post.ge.addr4, align 8, !dbg !18
  ; models/stdp.ts:35  this.w = Math.min(Math.max(this.w + this.apost, 0), this.wmax);
  %w.addr5 = getelementptr inbounds double, double* %w.ptr, i64 %x, !dbg !10
  store double %w.next, double* %w.addr5, align 8, !dbg !10
  %81 = fsub double %w.next, %w.next, !dbg !10
  %82 = bitcast double %81 to i64, !dbg !10
  %w.bad = or i64 %lastupdate.bad, %82, !dbg !10
  %83 = load i64, i64* %bad, align 8, !dbg !10
  %84 = or i64 %83, %w.bad, !dbg !10
  store i64 %84, i64* %bad, align 8, !dbg !10
  %x.next = add i64 %x, 1, !dbg !10
  %85 = icmp slt i64 %x.next, %53, !dbg !10
  br i1 %85, label %synapse, label %next.spike, !dbg !10

next.spike:                                       ; preds = %synapse, %spike
  %q.next = add i64 %q, 1, !dbg !10
  %86 = icmp slt i64 %q.next, %count, !dbg !10
  br i1 %86, label %spike, label %done, !dbg !10
}

; Function Attrs: inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn
declare void @llvm.prefetch.p0i8(i8* nocapture readonly, i32 immarg, i32 immarg, i32) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.exp.f64(double) #2

; Function Attrs: nounwind
define i32 @STDPSynapse_onPre_ids(double** %fields, double* %params, i32* %ids, i64 %count, i32* %pre, i32* %col, i32* %keys, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !26 {
entry:
  ; models/stdp.ts:31  onPre(t: number, dt: number) {
  %w.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !27
  %w.ptr = load double*, double** %w.slot, align 8, !dbg !27
  %apre.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !27
  %apre.ptr = load double*, double** %apre.slot, align 8, !dbg !27
  %apost.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !27
  %apost.ptr = load double*, double** %apost.slot, align 8, !dbg !27
  %lastupdate.slot = getelementptr inbounds double*, double** %fields, i64 3, !dbg !27
  %lastupdate.ptr = load double*, double** %lastupdate.slot, align 8, !dbg !27
  %post.ge.slot = getelementptr inbounds double*, double** %fields, i64 4, !dbg !27
  %post.ge.ptr = load double*, double** %post.ge.slot, align 8, !dbg !27
  %taupre.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !27
  %taupre = load double, double* %taupre.slot, align 8, !dbg !27
  %taupost.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !27
  %taupost = load double, double* %taupost.slot, align 8, !dbg !27
  %wmax.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !27
  %wmax = load double, double* %wmax.slot, align 8, !dbg !27
  %dApre.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !27
  %dApre = load double, double* %dApre.slot, align 8, !dbg !27
  %dApost.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !27
  %dApost = load double, double* %dApost.slot, align 8, !dbg !27
  %bad = alloca i64, align 8, !dbg !27
  store i64 0, i64* %bad, align 8, !dbg !27
  %0 = icmp sgt i64 %count, 0, !dbg !27
  br i1 %0, label %synapse, label %done, !dbg !27

synapse:                                          ; preds = %synapse, %entry
  %q = phi i64 [ 0, %entry ], [ %q.next, %synapse ], !dbg !27
  %1 = sub i64 %count, 1, !dbg !27
  %2 = add i64 %q, 16, !dbg !27
  %3 = icmp slt i64 %2, %1, !dbg !27
  %4 = select i1 %3, i64 %2, i64 %1, !dbg !27
  %5 = getelementptr inbounds i32, i32* %ids, i64 %4, !dbg !27
  %k.ahead = load i32, i32* %5, align 4, !dbg !27
  %6 = sext i32 %k.ahead to i64, !dbg !27
  %7 = getelementptr i32, i32* %col, i64 %6, !dbg !27
  %8 = bitcast i32* %7 to i8*, !dbg !27
  call void @llvm.prefetch.p0i8(i8* %8, i32 0, i32 3, i32 1), !dbg !27
  %9 = getelementptr double, double* %w.ptr, i64 %6, !dbg !27
  %10 = bitcast double* %9 to i8*, !dbg !27
  call void @llvm.prefetch.p0i8(i8* %10, i32 0, i32 3, i32 1), !dbg !27
  %11 = getelementptr double, double* %apre.ptr, i64 %6, !dbg !27
  %12 = bitcast double* %11 to i8*, !dbg !27
  call void @llvm.prefetch.p0i8(i8* %12, i32 0, i32 3, i32 1), !dbg !27
  %13 = getelementptr double, double* %apost.ptr, i64 %6, !dbg !27
  %14 = bitcast double* %13 to i8*, !dbg !27
  call void @llvm.prefetch.p0i8(i8* %14, i32 0, i32 3, i32 1), !dbg !27
  %15 = getelementptr double, double* %lastupdate.ptr, i64 %6, !dbg !27
  %16 = bitcast double* %15 to i8*, !dbg !27
  call void @llvm.prefetch.p0i8(i8* %16, i32 0, i32 3, i32 1), !dbg !27
  %17 = getelementptr inbounds i32, i32* %ids, i64 %q, !dbg !27
  %k = load i32, i32* %17, align 4, !dbg !27
  %18 = sext i32 %k to i64, !dbg !27
  %19 = getelementptr inbounds i32, i32* %pre, i64 %18, !dbg !27
  %i = load i32, i32* %19, align 4, !dbg !27
  %20 = sext i32 %i to i64, !dbg !27
  %21 = getelementptr inbounds i32, i32* %col, i64 %18, !dbg !27
  %j = load i32, i32* %21, align 4, !dbg !27
  %22 = sext i32 %j to i64, !dbg !27
  ; models/stdp.ts:26  this.apre = this.apre * Math.exp(-elapsed / this.taupre);
  %apre.addr = getelementptr inbounds double, double* %apre.ptr, i64 %18, !dbg !28
  %apre = load double, double* %apre.addr, align 8, !dbg !28
  ; models/stdp.ts:25  const elapsed = t - this.lastupdate;
  %lastupdate.addr = getelementptr inbounds double, double* %lastupdate.ptr, i64 %18, !dbg !29
  %lastupdate = load double, double* %lastupdate.addr, align 8, !dbg !29
  %23 = fsub double %t, %lastupdate, !dbg !29
  %24 = fneg double %23, !dbg !29
  ; models/stdp.ts:26  this.apre = this.apre * Math.exp(-elapsed / this.taupre);
  %25 = fdiv double %24, %taupre, !dbg !30
  %26 = call double @llvm.exp.f64(double %25), !dbg !30
  %27 = fmul double %apre, %26, !dbg !30
  ; models/stdp.ts:34  this.apre += this.dApre;
  %apre.next = fadd double %27, %dApre, !dbg !31
  ; models/stdp.ts:27  this.apost = this.apost * Math.exp(-elapsed / this.taupost);
  %apost.addr = getelementptr inbounds double, double* %apost.ptr, i64 %18, !dbg !32
  %apost = load double, double* %apost.addr, align 8, !dbg !32
  %28 = fneg double %23, !dbg !33
  %29 = fdiv double %28, %taupost, !dbg !34
  %30 = call double @llvm.exp.f64(double %29), !dbg !34
  %apost.next = fmul double %apost, %30, !dbg !34
  ; models/stdp.ts:33  this.post.ge += this.w;
  %post.ge.addr = getelementptr inbounds double, double* %post.ge.ptr, i64 %22, !dbg !35
  %post.ge = load double, double* %post.ge.addr, align 8, !dbg !35
  %w.addr = getelementptr inbounds double, double* %w.ptr, i64 %18, !dbg !36
  %w = load double, double* %w.addr, align 8, !dbg !36
  %post.ge.next = fadd double %post.ge, %w, !dbg !36
  ; models/stdp.ts:35  this.w = Math.min(Math.max(this.w + this.apost, 0), this.wmax);
  %31 = fadd double %w, %apost.next, !dbg !37
  %32 = fcmp olt double 0.000000e+00, %31, !dbg !38
  %33 = fcmp une double %31, %31, !dbg !38
  %34 = or i1 %32, %33, !dbg !38
  %35 = select i1 %34, double %31, double 0.000000e+00, !dbg !38
  %36 = fcmp olt double %35, %wmax, !dbg !39
  %37 = fcmp une double %35, %35, !dbg !39
  %38 = or i1 %36, %37, !dbg !39
  %w.next = select i1 %38, double %35, double %wmax, !dbg !39
  ; models/stdp.ts:34  this.apre += this.dApre;
  %apre.addr1 = getelementptr inbounds double, double* %apre.ptr, i64 %18, !dbg !40
  store double %apre.next, double* %apre.addr1, align 8, !dbg !40
  %39 = fsub double %apre.next, %apre.next, !dbg !40
  %40 = bitcast double %39 to i64, !dbg !40
  %apre.bad = or i64 0, %40, !dbg !40
  ; models/stdp.ts:27  this.apost = this.apost * Math.exp(-elapsed / this.taupost);
  %apost.addr2 = getelementptr inbounds double, double* %apost.ptr, i64 %18, !dbg !41
  store double %apost.next, double* %apost.addr2, align 8, !dbg !41
  %41 = fsub double %apost.next, %apost.next, !dbg !41
  %42 = bitcast double %41 to i64, !dbg !41
  %apost.bad = or i64 %apre.bad, %42, !dbg !41
  ; models/stdp.ts:28  this.lastupdate = t;
  %lastupdate.addr3 = getelementptr inbounds double, double* %lastupdate.ptr, i64 %18, !dbg !42
  store double %t, double* %lastupdate.addr3, align 8, !dbg !42
  %43 = fsub double %t, %t, !dbg !42
  %44 = bitcast double %43 to i64, !dbg !42
  %lastupdate.bad = or i64 %apost.bad, %44, !dbg !42
  ; models/stdp.ts:33  this.post.ge += this.w;
  %post.ge.addr4 = getelementptr inbounds double, double* %post.ge.ptr, i64 %22, !dbg !35
  store double %post.ge.next, double* %post.ge.addr4, align 8, !dbg !35
  ; models/stdp.ts:35  this.w = Math.min(Math.max(this.w + this.apost, 0), this.wmax);
  %w.addr5 = getelementptr inbounds double, double* %w.ptr, i64 %18, !dbg !43
  store double %w.next, double* %w.addr5, align 8, !dbg !43
  %45 = fsub double %w.next, %w.next, !dbg !43
  %46 = bitcast double %45 to i64, !dbg !43
  %w.bad = or i64 %lastupdate.bad, %46, !dbg !43
  %47 = load i64, i64* %bad, align 8, !dbg !43
  %48 = or i64 %47, %w.bad, !dbg !43
  store i64 %48, i64* %bad, align 8, !dbg !43
  %q.next = add i64 %q, 1, !dbg !43
  %49 = icmp slt i64 %q.next, %count, !dbg !43
  br i1 %49, label %synapse, label %done, !dbg !43

done:                                             ; preds = %synapse, %entry
  %50 = load i64, i64* %bad, align 8, !dbg !43
  %51 = icmp ne i64 %50, 0, !dbg !43
  %result = zext i1 %51 to i32, !dbg !43
  ret i32 %result, !dbg !43
}

; Function Attrs: nounwind
define i32 @STDPSynapse_onPost(double** %fields, double* %params, i32* %spikes, i64 %count, i32* %colptr, i32* %ids, i32* %pre, i32* %keys, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !44 {
entry:
  ; models/stdp.ts:38  onPost(t: number, dt: number) {
  %w.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !45
  %w.ptr = load double*, double** %w.slot, align 8, !dbg !45
  %apre.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !45
  %apre.ptr = load double*, double** %apre.slot, align 8, !dbg !45
  %apost.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !45
  %apost.ptr = load double*, double** %apost.slot, align 8, !dbg !45
  %lastupdate.slot = getelementptr inbounds double*, double** %fields, i64 3, !dbg !45
  %lastupdate.ptr = load double*, double** %lastupdate.slot, align 8, !dbg !45
  %post.ge.slot = getelementptr inbounds double*, double** %fields, i64 4, !dbg !45
  %post.ge.ptr = load double*, double** %post.ge.slot, align 8, !dbg !45
  %taupre.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !45
  %taupre = load double, double* %taupre.slot, align 8, !dbg !45
  %taupost.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !45
  %taupost = load double, double* %taupost.slot, align 8, !dbg !45
  %wmax.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !45
  %wmax = load double, double* %wmax.slot, align 8, !dbg !45
  %dApre.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !45
  %dApre = load double, double* %dApre.slot, align 8, !dbg !45
  %dApost.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !45
  %dApost = load double, double* %dApost.slot, align 8, !dbg !45
  %bad = alloca i64, align 8, !dbg !45
  store i64 0, i64* %bad, align 8, !dbg !45
  %0 = icmp sgt i64 %count, 0, !dbg !45
  br i1 %0, label %synapse, label %done, !dbg !45

synapse:                                          ; preds = %next.spike, %entry
  %q = phi i64 [ 0, %entry ], [ %q.next, %next.spike ], !dbg !45
  %1 = getelementptr inbounds i32, i32* %spikes, i64 %q, !dbg !45
  %j = load i32, i32* %1, align 4, !dbg !45
  %2 = sext i32 %j to i64, !dbg !45
  %colptr.next = getelementptr inbounds i32, i32* %colptr, i64 1, !dbg !45
  %3 = getelementptr inbounds i32, i32* %colptr, i64 %2, !dbg !45
  %range.begin = load i32, i32* %3, align 4, !dbg !45
  %4 = sext i32 %range.begin to i64, !dbg !45
  %5 = getelementptr inbounds i32, i32* %colptr.next, i64 %2, !dbg !45
  %range.end = load i32, i32* %5, align 4, !dbg !45
  %6 = sext i32 %range.end to i64, !dbg !45
  %7 = icmp slt i64 %4, %6, !dbg !45
  br i1 %7, label %synapse1, label %next.spike, !dbg !45

done:                                             ; preds = %next.spike, %entry
  ; models/stdp.ts:41  this.w = Math.min(Math.max(this.w + this.apre, 0), this.wmax);
  %8 = load i64, i64* %bad, align 8, !dbg !46
  %9 = icmp ne i64 %8, 0, !dbg !46
  %result = zext i1 %9 to i32, !dbg !46
  ret i32 %result, !dbg !46

synapse1:                                         ; preds = %synapse1, %synapse
  ; models/stdp.ts:38  onPost(t: number, dt: number) {
  %x = phi i64 [ %4, %synapse ], [ %x.next, %synapse1 ], !dbg !45
  %10 = getelementptr inbounds i32, i32* %ids, i64 %x, !dbg !45
  %k = load i32, i32* %10, align 4, !dbg !45
  %11 = sext i32 %k to i64, !dbg !45
  %12 = getelementptr inbounds i32, i32* %pre, i64 %11, !dbg !45
  %i = load i32, i32* %12, align 4, !dbg !45
  %13 = sext i32 %i to i64, !dbg !45
  ; models/stdp.ts:26  this.apre = this.apre * Math.exp(-elapsed / this.taupre);
  %apre.addr = getelementptr inbounds double, double* %apre.ptr, i64 %11, !dbg !47
  %apre = load double, double* %apre.addr, align 8, !dbg !47
  ; models/stdp.ts:25  const elapsed = t - this.lastupdate;
  %lastupdate.addr = getelementptr inbounds double, double* %lastupdate.ptr, i64 %11, !dbg !48
  %lastupdate = load double, double* %lastupdate.addr, align 8, !dbg !48
  %14 = fsub double %t, %lastupdate, !dbg !48
  %15 = fneg double %14, !dbg !48
  ; models/stdp.ts:26  this.apre = this.apre * Math.exp(-elapsed / this.taupre);
  %16 = fdiv double %15, %taupre, !dbg !49
  %17 = call double @llvm.exp.f64(double %16), !dbg !49
  %apre.next = fmul double %apre, %17, !dbg !49
  ; models/stdp.ts:27  this.apost = this.apost * Math.exp(-elapsed / this.taupost);
  %apost.addr = getelementptr inbounds double, double* %apost.ptr, i64 %11, !dbg !50
  %apost = load double, double* %apost.addr, align 8, !dbg !50
  %18 = fneg double %14, !dbg !51
  %19 = fdiv double %18, %taupost, !dbg !52
  %20 = call double @llvm.exp.f64(double %19), !dbg !52
  %21 = fmul double %apost, %20, !dbg !52
  ; models/stdp.ts:40  this.apost += this.dApost;
  %apost.next = fadd double %21, %dApost, !dbg !53
  ; models/stdp.ts:41  this.w = Math.min(Math.max(this.w + this.apre, 0), this.wmax);
  %w.addr = getelementptr inbounds double, double* %w.ptr, i64 %11, !dbg !54
  %w = load double, double* %w.addr, align 8, !dbg !54
  %22 = fadd double %w, %apre.next, !dbg !54
  %23 = fcmp olt double 0.000000e+00, %22, !dbg !55
  %24 = fcmp une double %22, %22, !dbg !55
  %25 = or i1 %23, %24, !dbg !55
  %26 = select i1 %25, double %22, double 0.000000e+00, !dbg !55
  %27 = fcmp olt double %26, %wmax, !dbg !56
  %28 = fcmp une double %26, %26, !dbg !56
  %29 = or i1 %27, %28, !dbg !56
  %w.next = select i1 %29, double %26, double %wmax, !dbg !56
  ; models/stdp.ts:26  this.apre = this.apre * Math.exp(-elapsed / this.taupre);
  %apre.addr2 = getelementptr inbounds double, double* %apre.ptr, i64 %11, !dbg !57
  store double %apre.next, double* %apre.addr2, align 8, !dbg !57
  %30 = fsub double %apre.next, %apre.next, !dbg !57
  %31 = bitcast double %30 to i64, !dbg !57
  %apre.bad = or i64 0, %31, !dbg !57
  ; models/stdp.ts:40  this.apost += this.dApost;
  %apost.addr3 = getelementptr inbounds double, double* %apost.ptr, i64 %11, !dbg !58
  store double %apost.next, double* %apost.addr3, align 8, !dbg !58
  %32 = fsub double %apost.next, %apost.next, !dbg !58
  %33 = bitcast double %32 to i64, !dbg !58
  %apost.bad = or i64 %apre.bad, %33, !dbg !58
  ; models/stdp.ts:28  this.lastupdate = t;
  %lastupdate.addr4 = getelementptr inbounds double, double* %lastupdate.ptr, i64 %11, !dbg !59
  store double %t, double* %lastupdate.addr4, align 8, !dbg !59
  %34 = fsub double %t, %t, !dbg !59
  %35 = bitcast double %34 to i64, !dbg !59
  %lastupdate.bad = or i64 %apost.bad, %35, !dbg !59
  ; models/stdp.ts:41  this.w = Math.min(Math.max(this.w + this.apre, 0), this.wmax);
  %w.addr5 = getelementptr inbounds double, double* %w.ptr, i64 %11, !dbg !46
  store double %w.next, double* %w.addr5, align 8, !dbg !46
  %36 = fsub double %w.next, %w.next, !dbg !46
  %37 = bitcast double %36 to i64, !dbg !46
  %w.bad = or i64 %lastupdate.bad, %37, !dbg !46
  %38 = load i64, i64* %bad, align 8, !dbg !46
  %39 = or i64 %38, %w.bad, !dbg !46
  store i64 %39, i64* %bad, align 8, !dbg !46
  %x.next = add i64 %x, 1, !dbg !46
  %40 = icmp slt i64 %x.next, %6, !dbg !46
  br i1 %40, label %synapse1, label %next.spike, !dbg !46

next.spike:                                       ; preds = %synapse1, %synapse
  %q.next = add i64 %q, 1, !dbg !46
  %41 = icmp slt i64 %q.next, %count, !dbg !46
  br i1 %41, label %synapse, label %done, !dbg !46
}

attributes #0 = { nounwind }
attributes #1 = { inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2, !4, !5}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "stdp.ts", directory: "models")
!4 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!5 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!6 = distinct !DISubprogram(name: "STDPSynapse.onPre_rows", linkageName: "STDPSynapse_onPre_rows", scope: !3, file: !3, line: 31, type: !7, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !8)
!7 = !DISubroutineType(types: !8)
!8 = !{}
!9 = !DILocation(line: 31, column: 3, scope: !6)
!10 = !DILocation(line: 35, column: 5, scope: !6)
!11 = !DILocation(line: 26, column: 17, scope: !6)
!12 = !DILocation(line: 25, column: 25, scope: !6)
!13 = !DILocation(line: 26, column: 49, scope: !6)
!14 = !DILocation(line: 34, column: 18, scope: !6)
!15 = !DILocation(line: 27, column: 18, scope: !6)
!16 = !DILocation(line: 27, column: 40, scope: !6)
!17 = !DILocation(line: 27, column: 51, scope: !6)
!18 = !DILocation(line: 33, column: 5, scope: !6)
!19 = !DILocation(line: 33, column: 21, scope: !6)
!20 = !DILocation(line: 35, column: 32, scope: !6)
!21 = !DILocation(line: 35, column: 53, scope: !6)
!22 = !DILocation(line: 35, column: 57, scope: !6)
!23 = !DILocation(line: 34, column: 5, scope: !6)
!24 = !DILocation(line: 27, column: 5, scope: !6)
!25 = !DILocation(line: 28, column: 5, scope: !6)
!26 = distinct !DISubprogram(name: "STDPSynapse.onPre_ids", linkageName: "STDPSynapse_onPre_ids", scope: !3, file: !3, line: 31, type: !7, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !4, retainedNodes: !8)
!27 = !DILocation(line: 31, column: 3, scope: !26)
!28 = !DILocation(line: 26, column: 17, scope: !26)
!29 = !DILocation(line: 25, column: 25, scope: !26)
!30 = !DILocation(line: 26, column: 49, scope: !26)
!31 = !DILocation(line: 34, column: 18, scope: !26)
!32 = !DILocation(line: 27, column: 18, scope: !26)
!33 = !DILocation(line: 27, column: 40, scope: !26)
!34 = !DILocation(line: 27, column: 51, scope: !26)
!35 = !DILocation(line: 33, column: 5, scope: !26)
!36 = !DILocation(line: 33, column: 21, scope: !26)
!37 = !DILocation(line: 35, column: 32, scope: !26)
!38 = !DILocation(line: 35, column: 53, scope: !26)
!39 = !DILocation(line: 35, column: 57, scope: !26)
!40 = !DILocation(line: 34, column: 5, scope: !26)
!41 = !DILocation(line: 27, column: 5, scope: !26)
!42 = !DILocation(line: 28, column: 5, scope: !26)
!43 = !DILocation(line: 35, column: 5, scope: !26)
!44 = distinct !DISubprogram(name: "STDPSynapse.onPost", linkageName: "STDPSynapse_onPost", scope: !3, file: !3, line: 38, type: !7, scopeLine: 38, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, retainedNodes: !8)
!45 = !DILocation(line: 38, column: 3, scope: !44)
!46 = !DILocation(line: 41, column: 5, scope: !44)
!47 = !DILocation(line: 26, column: 17, scope: !44)
!48 = !DILocation(line: 25, column: 25, scope: !44)
!49 = !DILocation(line: 26, column: 49, scope: !44)
!50 = !DILocation(line: 27, column: 18, scope: !44)
!51 = !DILocation(line: 27, column: 40, scope: !44)
!52 = !DILocation(line: 27, column: 51, scope: !44)
!53 = !DILocation(line: 40, column: 19, scope: !44)
!54 = !DILocation(line: 41, column: 32, scope: !44)
!55 = !DILocation(line: 41, column: 52, scope: !44)
!56 = !DILocation(line: 41, column: 56, scope: !44)
!57 = !DILocation(line: 26, column: 5, scope: !44)
!58 = !DILocation(line: 40, column: 5, scope: !44)
!59 = !DILocation(line: 28, column: 5, scope: !44)
; braints-hash: 92c7dd760140ab347e8ed14f8523de5f9cec19a8f4187475071447ff80498214
