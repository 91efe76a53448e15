; BrainTS kernels for synapse model TsodyksMarkramSynapse (models/synapses.ts:139), method onPre(t, dt).
; _rows: the synapses of the spiking neurons; _ids: listed synapses; _update: every target neuron, every step. Arrays (fields): g, u, x, lastspike, post.I, post.V.
; Group-uniform parameters (params): w, tau, E, U, tau_d, tau_f.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'TsodyksMarkramSynapse.cpu'
source_filename = "models/synapses.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @TsodyksMarkramSynapse_onPre_rows(double** %fields, double* %params, i32* %spikes, i64 %count, i32* %rowBegin, i32* %rowEnd, i32* %col, i32* %keys, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !6 {
entry:
  ; models/synapses.ts:148  override onPre(t: number, dt: number) {
  %g.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !9
  %g.ptr = load double*, double** %g.slot, align 8, !dbg !9
  %u.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !9
  %u.ptr = load double*, double** %u.slot, align 8, !dbg !9
  %x.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !9
  %x.ptr = load double*, double** %x.slot, align 8, !dbg !9
  %lastspike.slot = getelementptr inbounds double*, double** %fields, i64 3, !dbg !9
  %lastspike.ptr = load double*, double** %lastspike.slot, align 8, !dbg !9
  %post.I.slot = getelementptr inbounds double*, double** %fields, i64 4, !dbg !9
  %post.I.ptr = load double*, double** %post.I.slot, align 8, !dbg !9
  %post.V.slot = getelementptr inbounds double*, double** %fields, i64 5, !dbg !9
  %post.V.ptr = load double*, double** %post.V.slot, align 8, !dbg !9
  %w.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !9
  %w = load double, double* %w.slot, align 8, !dbg !9
  %tau.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !9
  %tau = load double, double* %tau.slot, align 8, !dbg !9
  %E.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !9
  %E = load double, double* %E.slot, align 8, !dbg !9
  %U.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !9
  %U = load double, double* %U.slot, align 8, !dbg !9
  %tau_d.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !9
  %tau_d = load double, double* %tau_d.slot, align 8, !dbg !9
  %tau_f.slot = getelementptr inbounds double, double* %params, i64 5, !dbg !9
  %tau_f = load double, double* %tau_f.slot, align 8, !dbg !9
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
  %31 = getelementptr double, double* %u.ptr, i64 %15, !dbg !9
  %32 = bitcast double* %31 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %32, i32 0, i32 3, i32 1), !dbg !9
  %33 = getelementptr double, double* %u.ptr, i64 %30, !dbg !9
  %34 = bitcast double* %33 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %34, i32 0, i32 3, i32 1), !dbg !9
  %35 = add i64 %15, 7, !dbg !9
  %36 = getelementptr double, double* %x.ptr, i64 %15, !dbg !9
  %37 = bitcast double* %36 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %37, i32 0, i32 3, i32 1), !dbg !9
  %38 = getelementptr double, double* %x.ptr, i64 %35, !dbg !9
  %39 = bitcast double* %38 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %39, i32 0, i32 3, i32 1), !dbg !9
  %40 = add i64 %15, 7, !dbg !9
  %41 = getelementptr double, double* %lastspike.ptr, i64 %15, !dbg !9
  %42 = bitcast double* %41 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %42, i32 0, i32 3, i32 1), !dbg !9
  %43 = getelementptr double, double* %lastspike.ptr, i64 %40, !dbg !9
  %44 = bitcast double* %43 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %44, i32 0, i32 3, i32 1), !dbg !9
  %45 = getelementptr inbounds i32, i32* %rowBegin, i64 %2, !dbg !9
  %range.begin = load i32, i32* %45, align 4, !dbg !9
  %46 = sext i32 %range.begin to i64, !dbg !9
  %47 = getelementptr inbounds i32, i32* %rowEnd, i64 %2, !dbg !9
  %range.end = load i32, i32* %47, align 4, !dbg !9
  %48 = sext i32 %range.end to i64, !dbg !9
  %49 = icmp slt i64 %46, %48, !dbg !9
  br i1 %49, label %synapse, label %next.spike, !dbg !9

done:                                             ; preds = %next.spike, %entry
  ; models/synapses.ts:156  this.lastspike = t;
  %50 = load i64, i64* %bad, align 8, !dbg !10
  %51 = icmp ne i64 %50, 0, !dbg !10
  %result = zext i1 %51 to i32, !dbg !10
  ret i32 %result, !dbg !10

synapse:                                          ; preds = %synapse, %spike
  ; models/synapses.ts:148  override onPre(t: number, dt: number) {
  %x = phi i64 [ %46, %spike ], [ %x.next6, %synapse ], !dbg !9
  %52 = getelementptr inbounds i32, i32* %col, i64 %x, !dbg !9
  %j = load i32, i32* %52, align 4, !dbg !9
  %53 = sext i32 %j to i64, !dbg !9
  ; models/synapses.ts:150  this.u = this.U + (this.u - this.U) * Math.exp(-elapsed / this.tau_f);
  %u.addr = getelementptr inbounds double, double* %u.ptr, i64 %x, !dbg !11
  %u = load double, double* %u.addr, align 8, !dbg !11
  %54 = fsub double %u, %U, !dbg !12
  ; models/synapses.ts:149  const elapsed = t - this.lastspike;
  %lastspike.addr = getelementptr inbounds double, double* %lastspike.ptr, i64 %x, !dbg !13
  %lastspike = load double, double* %lastspike.addr, align 8, !dbg !13
  %55 = fsub double %t, %lastspike, !dbg !13
  %56 = fneg double %55, !dbg !13
  ; models/synapses.ts:150  this.u = this.U + (this.u - this.U) * Math.exp(-elapsed / this.tau_f);
  %57 = fdiv double %56, %tau_f, !dbg !14
  %58 = call double @llvm.exp.f64(double %57), !dbg !14
  %59 = fmul double %54, %58, !dbg !14
  %60 = fadd double %U, %59, !dbg !14
  ; models/synapses.ts:152  this.u += this.U * (1 - this.u);
  %61 = fsub double 1.000000e+00, %60, !dbg !15
  %62 = fmul double %U, %61, !dbg !15
  %u.next = fadd double %60, %62, !dbg !15
  ; models/synapses.ts:151  this.x = 1 - (1 - this.x) * Math.exp(-elapsed / this.tau_d);
  %x.addr = getelementptr inbounds double, double* %x.ptr, i64 %x, !dbg !16
  %x1 = load double, double* %x.addr, align 8, !dbg !16
  %63 = fsub double 1.000000e+00, %x1, !dbg !16
  %64 = fneg double %55, !dbg !17
  %65 = fdiv double %64, %tau_d, !dbg !18
  %66 = call double @llvm.exp.f64(double %65), !dbg !18
  %67 = fmul double %63, %66, !dbg !18
  %68 = fsub double 1.000000e+00, %67, !dbg !18
  ; models/synapses.ts:153  const released = this.u * this.x;
  %69 = fmul double %u.next, %68, !dbg !19
  %x.next = fsub double %68, %69, !dbg !19
  ; models/synapses.ts:155  this.g += this.w * released;
  %g.addr = getelementptr inbounds double, double* %g.ptr, i64 %53, !dbg !20
  %g = load double, double* %g.addr, align 8, !dbg !20
  %70 = fmul double %w, %69, !dbg !21
  %g.next = fadd double %g, %70, !dbg !21
  ; models/synapses.ts:152  this.u += this.U * (1 - this.u);
  %u.addr2 = getelementptr inbounds double, double* %u.ptr, i64 %x, !dbg !22
  store double %u.next, double* %u.addr2, align 8, !dbg !22
  %71 = fsub double %u.next, %u.next, !dbg !22
  %72 = bitcast double %71 to i64, !dbg !22
  %u.bad = or i64 0, %72, !dbg !22
  ; models/synapses.ts:154  this.x -= released;
  %x.addr3 = getelementptr inbounds double, double* %x.ptr, i64 %x, !dbg !23
  store double %x.next, double* %x.addr3, align 8, !dbg !23
  %73 = fsub double %x.next, %x.next, !dbg !23
  %74 = bitcast double %73 to i64, !dbg !23
  %x.bad = or i64 %u.bad, %74, !dbg !23
  ; models/synapses.ts:155  this.g += this.w * released;
  %g.addr4 = getelementptr inbounds double, double* %g.ptr, i64 %53, !dbg !20
  store double %g.next, double* %g.addr4, align 8, !dbg !20
  %75 = fsub double %g.next, %g.next, !dbg !20
  %76 = bitcast double %75 to i64, !dbg !20
  %g.bad = or i64 %x.bad, %76, !dbg !20
  ; models/synapses.ts:156  this.lastspike = t;
  %lastspike.addr5 = getelementptr inbounds double, double* %lastspike.ptr, i64 %x, !dbg !10
  store double %t, double* %lastspike.addr5, align 8, !dbg !10
  %77 = fsub double %t, %t, !dbg !10
  %78 = bitcast double %77 to i64, !dbg !10
  %lastspike.bad = or i64 %g.bad, %78, !dbg !10
  %79 = load i64, i64* %bad, align 8, !dbg !10
  %80 = or i64 %79, %lastspike.bad, !dbg !10
  store i64 %80, i64* %bad, align 8, !dbg !10
  %x.next6 = add i64 %x, 1, !dbg !10
  %81 = icmp slt i64 %x.next6, %48, !dbg !10
  br i1 %81, label %synapse, label %next.spike, !dbg !10

next.spike:                                       ; preds = %synapse, %spike
  %q.next = add i64 %q, 1, !dbg !10
  %82 = icmp slt i64 %q.next, %count, !dbg !10
  br i1 %82, label %spike, label %done, !dbg !10
}

; Function Attrs: inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn
declare void @llvm.prefetch.p0i8(i8* nocapture readonly, i32 immarg, i32 immarg, i32) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.exp.f64(double) #2

; Function Attrs: nounwind
define i32 @TsodyksMarkramSynapse_onPre_ids(double** %fields, double* %params, i32* %ids, i64 %count, i32* %pre, i32* %col, i32* %keys, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !24 {
entry:
  ; models/synapses.ts:148  override onPre(t: number, dt: number) {
  %g.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !25
  %g.ptr = load double*, double** %g.slot, align 8, !dbg !25
  %u.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !25
  %u.ptr = load double*, double** %u.slot, align 8, !dbg !25
  %x.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !25
  %x.ptr = load double*, double** %x.slot, align 8, !dbg !25
  %lastspike.slot = getelementptr inbounds double*, double** %fields, i64 3, !dbg !25
  %lastspike.ptr = load double*, double** %lastspike.slot, align 8, !dbg !25
  %post.I.slot = getelementptr inbounds double*, double** %fields, i64 4, !dbg !25
  %post.I.ptr = load double*, double** %post.I.slot, align 8, !dbg !25
  %post.V.slot = getelementptr inbounds double*, double** %fields, i64 5, !dbg !25
  %post.V.ptr = load double*, double** %post.V.slot, align 8, !dbg !25
  %w.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !25
  %w = load double, double* %w.slot, align 8, !dbg !25
  %tau.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !25
  %tau = load double, double* %tau.slot, align 8, !dbg !25
  %E.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !25
  %E = load double, double* %E.slot, align 8, !dbg !25
  %U.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !25
  %U = load double, double* %U.slot, align 8, !dbg !25
  %tau_d.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !25
  %tau_d = load double, double* %tau_d.slot, align 8, !dbg !25
  %tau_f.slot = getelementptr inbounds double, double* %params, i64 5, !dbg !25
  %tau_f = load double, double* %tau_f.slot, align 8, !dbg !25
  %bad = alloca i64, align 8, !dbg !25
  store i64 0, i64* %bad, align 8, !dbg !25
  %0 = icmp sgt i64 %count, 0, !dbg !25
  br i1 %0, label %synapse, label %done, !dbg !25

synapse:                                          ; preds = %synapse, %entry
  %q = phi i64 [ 0, %entry ], [ %q.next, %synapse ], !dbg !25
  %1 = sub i64 %count, 1, !dbg !25
  %2 = add i64 %q, 16, !dbg !25
  %3 = icmp slt i64 %2, %1, !dbg !25
  %4 = select i1 %3, i64 %2, i64 %1, !dbg !25
  %5 = getelementptr inbounds i32, i32* %ids, i64 %4, !dbg !25
  %k.ahead = load i32, i32* %5, align 4, !dbg !25
  %6 = sext i32 %k.ahead to i64, !dbg !25
  %7 = getelementptr i32, i32* %col, i64 %6, !dbg !25
  %8 = bitcast i32* %7 to i8*, !dbg !25
  call void @llvm.prefetch.p0i8(i8* %8, i32 0, i32 3, i32 1), !dbg !25
  %9 = getelementptr double, double* %u.ptr, i64 %6, !dbg !25
  %10 = bitcast double* %9 to i8*, !dbg !25
  call void @llvm.prefetch.p0i8(i8* %10, i32 0, i32 3, i32 1), !dbg !25
  %11 = getelementptr double, double* %x.ptr, i64 %6, !dbg !25
  %12 = bitcast double* %11 to i8*, !dbg !25
  call void @llvm.prefetch.p0i8(i8* %12, i32 0, i32 3, i32 1), !dbg !25
  %13 = getelementptr double, double* %lastspike.ptr, i64 %6, !dbg !25
  %14 = bitcast double* %13 to i8*, !dbg !25
  call void @llvm.prefetch.p0i8(i8* %14, i32 0, i32 3, i32 1), !dbg !25
  %15 = getelementptr inbounds i32, i32* %ids, i64 %q, !dbg !25
  %k = load i32, i32* %15, align 4, !dbg !25
  %16 = sext i32 %k to i64, !dbg !25
  %17 = getelementptr inbounds i32, i32* %pre, i64 %16, !dbg !25
  %i = load i32, i32* %17, align 4, !dbg !25
  %18 = sext i32 %i to i64, !dbg !25
  %19 = getelementptr inbounds i32, i32* %col, i64 %16, !dbg !25
  %j = load i32, i32* %19, align 4, !dbg !25
  %20 = sext i32 %j to i64, !dbg !25
  ; models/synapses.ts:150  this.u = this.U + (this.u - this.U) * Math.exp(-elapsed / this.tau_f);
  %u.addr = getelementptr inbounds double, double* %u.ptr, i64 %16, !dbg !26
  %u = load double, double* %u.addr, align 8, !dbg !26
  %21 = fsub double %u, %U, !dbg !27
  ; models/synapses.ts:149  const elapsed = t - this.lastspike;
  %lastspike.addr = getelementptr inbounds double, double* %lastspike.ptr, i64 %16, !dbg !28
  %lastspike = load double, double* %lastspike.addr, align 8, !dbg !28
  %22 = fsub double %t, %lastspike, !dbg !28
  %23 = fneg double %22, !dbg !28
  ; models/synapses.ts:150  this.u = this.U + (this.u - this.U) * Math.exp(-elapsed / this.tau_f);
  %24 = fdiv double %23, %tau_f, !dbg !29
  %25 = call double @llvm.exp.f64(double %24), !dbg !29
  %26 = fmul double %21, %25, !dbg !29
  %27 = fadd double %U, %26, !dbg !29
  ; models/synapses.ts:152  this.u += this.U * (1 - this.u);
  %28 = fsub double 1.000000e+00, %27, !dbg !30
  %29 = fmul double %U, %28, !dbg !30
  %u.next = fadd double %27, %29, !dbg !30
  ; models/synapses.ts:151  this.x = 1 - (1 - this.x) * Math.exp(-elapsed / this.tau_d);
  %x.addr = getelementptr inbounds double, double* %x.ptr, i64 %16, !dbg !31
  %x = load double, double* %x.addr, align 8, !dbg !31
  %30 = fsub double 1.000000e+00, %x, !dbg !31
  %31 = fneg double %22, !dbg !32
  %32 = fdiv double %31, %tau_d, !dbg !33
  %33 = call double @llvm.exp.f64(double %32), !dbg !33
  %34 = fmul double %30, %33, !dbg !33
  %35 = fsub double 1.000000e+00, %34, !dbg !33
  ; models/synapses.ts:153  const released = this.u * this.x;
  %36 = fmul double %u.next, %35, !dbg !34
  %x.next = fsub double %35, %36, !dbg !34
  ; models/synapses.ts:155  this.g += this.w * released;
  %g.addr = getelementptr inbounds double, double* %g.ptr, i64 %20, !dbg !35
  %g = load double, double* %g.addr, align 8, !dbg !35
  %37 = fmul double %w, %36, !dbg !36
  %g.next = fadd double %g, %37, !dbg !36
  ; models/synapses.ts:152  this.u += this.U * (1 - this.u);
  %u.addr1 = getelementptr inbounds double, double* %u.ptr, i64 %16, !dbg !37
  store double %u.next, double* %u.addr1, align 8, !dbg !37
  %38 = fsub double %u.next, %u.next, !dbg !37
  %39 = bitcast double %38 to i64, !dbg !37
  %u.bad = or i64 0, %39, !dbg !37
  ; models/synapses.ts:154  this.x -= released;
  %x.addr2 = getelementptr inbounds double, double* %x.ptr, i64 %16, !dbg !38
  store double %x.next, double* %x.addr2, align 8, !dbg !38
  %40 = fsub double %x.next, %x.next, !dbg !38
  %41 = bitcast double %40 to i64, !dbg !38
  %x.bad = or i64 %u.bad, %41, !dbg !38
  ; models/synapses.ts:155  this.g += this.w * released;
  %g.addr3 = getelementptr inbounds double, double* %g.ptr, i64 %20, !dbg !35
  store double %g.next, double* %g.addr3, align 8, !dbg !35
  %42 = fsub double %g.next, %g.next, !dbg !35
  %43 = bitcast double %42 to i64, !dbg !35
  %g.bad = or i64 %x.bad, %43, !dbg !35
  ; models/synapses.ts:156  this.lastspike = t;
  %lastspike.addr4 = getelementptr inbounds double, double* %lastspike.ptr, i64 %16, !dbg !39
  store double %t, double* %lastspike.addr4, align 8, !dbg !39
  %44 = fsub double %t, %t, !dbg !39
  %45 = bitcast double %44 to i64, !dbg !39
  %lastspike.bad = or i64 %g.bad, %45, !dbg !39
  %46 = load i64, i64* %bad, align 8, !dbg !39
  %47 = or i64 %46, %lastspike.bad, !dbg !39
  store i64 %47, i64* %bad, align 8, !dbg !39
  %q.next = add i64 %q, 1, !dbg !39
  %48 = icmp slt i64 %q.next, %count, !dbg !39
  br i1 %48, label %synapse, label %done, !dbg !39

done:                                             ; preds = %synapse, %entry
  %49 = load i64, i64* %bad, align 8, !dbg !39
  %50 = icmp ne i64 %49, 0, !dbg !39
  %result = zext i1 %50 to i32, !dbg !39
  ret i32 %result, !dbg !39
}

; Function Attrs: nounwind
define i32 @TsodyksMarkramSynapse_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !40 {
entry:
  ; models/synapses.ts:53  update(t: number, dt: number) {
  %g.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !41
  %g.ptr = load double*, double** %g.slot, align 8, !dbg !41
  %u.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !41
  %u.ptr = load double*, double** %u.slot, align 8, !dbg !41
  %x.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !41
  %x.ptr = load double*, double** %x.slot, align 8, !dbg !41
  %lastspike.slot = getelementptr inbounds double*, double** %fields, i64 3, !dbg !41
  %lastspike.ptr = load double*, double** %lastspike.slot, align 8, !dbg !41
  %post.I.slot = getelementptr inbounds double*, double** %fields, i64 4, !dbg !41
  %post.I.ptr = load double*, double** %post.I.slot, align 8, !dbg !41
  %post.V.slot = getelementptr inbounds double*, double** %fields, i64 5, !dbg !41
  %post.V.ptr = load double*, double** %post.V.slot, align 8, !dbg !41
  %w.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !41
  %w = load double, double* %w.slot, align 8, !dbg !41
  %tau.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !41
  %tau = load double, double* %tau.slot, align 8, !dbg !41
  %E.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !41
  %E = load double, double* %E.slot, align 8, !dbg !41
  %U.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !41
  %U = load double, double* %U.slot, align 8, !dbg !41
  %tau_d.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !41
  %tau_d = load double, double* %tau_d.slot, align 8, !dbg !41
  %tau_f.slot = getelementptr inbounds double, double* %params, i64 5, !dbg !41
  %tau_f = load double, double* %tau_f.slot, align 8, !dbg !41
  ; models/synapses.ts:50  return -g / this.tau;
  %u0 = fdiv double -1.000000e+00, %tau, !dbg !42
  %0 = fdiv double 0.000000e+00, %u0, !dbg !43
  %u1 = fneg double %0, !dbg !43
  ; models/synapses.ts:54  this.g = step(this.dg, this.g);
  %1 = fmul double %u0, %dt, !dbg !44
  %u3 = call double @llvm.exp.f64(double %1), !dbg !44
  %2 = icmp slt i64 %begin, %end, !dbg !44
  br i1 %2, label %neuron, label %done, !dbg !44

neuron:                                           ; preds = %neuron, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %neuron ], !dbg !44
  %bad = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !44
  %3 = fcmp oeq double %u0, 0.000000e+00, !dbg !44
  %g.addr = getelementptr inbounds double, double* %g.ptr, i64 %i, !dbg !45
  %g = load double, double* %g.addr, align 8, !dbg !45
  ; models/synapses.ts:50  return -g / this.tau;
  %4 = fneg double %g, !dbg !43
  %5 = fdiv double %4, %tau, !dbg !42
  %6 = fmul double %dt, %5, !dbg !42
  %7 = fadd double %g, %6, !dbg !42
  ; models/synapses.ts:54  this.g = step(this.dg, this.g);
  %8 = fadd double %g, %0, !dbg !44
  %9 = fmul double %8, %u3, !dbg !44
  %10 = fadd double %u1, %9, !dbg !44
  %g.next = select i1 %3, double %7, double %10, !dbg !44
  ; models/synapses.ts:55  this.post.I += this.g * (this.E - this.post.V);
  %post.I.addr = getelementptr inbounds double, double* %post.I.ptr, i64 %i, !dbg !46
  %post.I = load double, double* %post.I.addr, align 8, !dbg !46
  %post.V.addr = getelementptr inbounds double, double* %post.V.ptr, i64 %i, !dbg !47
  %post.V = load double, double* %post.V.addr, align 8, !dbg !47
  %11 = fsub double %E, %post.V, !dbg !47
  %12 = fmul double %g.next, %11, !dbg !47
  %post.I.next = fadd double %post.I, %12, !dbg !47
  ; models/synapses.ts:54  this.g = step(this.dg, this.g);
  %g.addr1 = getelementptr inbounds double, double* %g.ptr, i64 %i, !dbg !48
  store double %g.next, double* %g.addr1, align 8, !dbg !48
  %13 = fsub double %g.next, %g.next, !dbg !48
  %14 = bitcast double %13 to i64, !dbg !48
  %g.bad = or i64 0, %14, !dbg !48
  ; models/synapses.ts:55  this.post.I += this.g * (this.E - this.post.V);
  %post.I.addr2 = getelementptr inbounds double, double* %post.I.ptr, i64 %i, !dbg !46
  store double %post.I.next, double* %post.I.addr2, align 8, !dbg !46
  %bad.next = or i64 %bad, %g.bad, !dbg !46
  %i.next = add i64 %i, 1, !dbg !46
  %15 = icmp slt i64 %i.next, %end, !dbg !46
  br i1 %15, label %neuron, label %done, !dbg !46

done:                                             ; preds = %neuron, %entry
  %bad.bits = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !46
  %16 = icmp ne i64 %bad.bits, 0, !dbg !46
  %result = zext i1 %16 to i32, !dbg !46
  ret i32 %result, !dbg !46
}

attributes #0 = { nounwind }
attributes #1 = { inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2, !4, !5}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "synapses.ts", directory: "models")
!4 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!5 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!6 = distinct !DISubprogram(name: "TsodyksMarkramSynapse.onPre_rows", linkageName: "TsodyksMarkramSynapse_onPre_rows", scope: !3, file: !3, line: 148, type: !7, scopeLine: 148, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !8)
!7 = !DISubroutineType(types: !8)
!8 = !{}
!9 = !DILocation(line: 148, column: 3, scope: !6)
!10 = !DILocation(line: 156, column: 5, scope: !6)
!11 = !DILocation(line: 150, column: 24, scope: !6)
!12 = !DILocation(line: 150, column: 33, scope: !6)
!13 = !DILocation(line: 149, column: 25, scope: !6)
!14 = !DILocation(line: 150, column: 63, scope: !6)
!15 = !DILocation(line: 152, column: 25, scope: !6)
!16 = !DILocation(line: 151, column: 23, scope: !6)
!17 = !DILocation(line: 151, column: 42, scope: !6)
!18 = !DILocation(line: 151, column: 53, scope: !6)
!19 = !DILocation(line: 153, column: 22, scope: !6)
!20 = !DILocation(line: 155, column: 5, scope: !6)
!21 = !DILocation(line: 155, column: 15, scope: !6)
!22 = !DILocation(line: 152, column: 5, scope: !6)
!23 = !DILocation(line: 154, column: 5, scope: !6)
!24 = distinct !DISubprogram(name: "TsodyksMarkramSynapse.onPre_ids", linkageName: "TsodyksMarkramSynapse_onPre_ids", scope: !3, file: !3, line: 148, type: !7, scopeLine: 148, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !4, retainedNodes: !8)
!25 = !DILocation(line: 148, column: 3, scope: !24)
!26 = !DILocation(line: 150, column: 24, scope: !24)
!27 = !DILocation(line: 150, column: 33, scope: !24)
!28 = !DILocation(line: 149, column: 25, scope: !24)
!29 = !DILocation(line: 150, column: 63, scope: !24)
!30 = !DILocation(line: 152, column: 25, scope: !24)
!31 = !DILocation(line: 151, column: 23, scope: !24)
!32 = !DILocation(line: 151, column: 42, scope: !24)
!33 = !DILocation(line: 151, column: 53, scope: !24)
!34 = !DILocation(line: 153, column: 22, scope: !24)
!35 = !DILocation(line: 155, column: 5, scope: !24)
!36 = !DILocation(line: 155, column: 15, scope: !24)
!37 = !DILocation(line: 152, column: 5, scope: !24)
!38 = !DILocation(line: 154, column: 5, scope: !24)
!39 = !DILocation(line: 156, column: 5, scope: !24)
!40 = distinct !DISubprogram(name: "TsodyksMarkramSynapse.update", linkageName: "TsodyksMarkramSynapse_update", scope: !3, file: !3, line: 53, type: !7, scopeLine: 53, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, retainedNodes: !8)
!41 = !DILocation(line: 53, column: 3, scope: !40)
!42 = !DILocation(line: 50, column: 17, scope: !40)
!43 = !DILocation(line: 50, column: 12, scope: !40)
!44 = !DILocation(line: 54, column: 14, scope: !40)
!45 = !DILocation(line: 54, column: 28, scope: !40)
!46 = !DILocation(line: 55, column: 5, scope: !40)
!47 = !DILocation(line: 55, column: 39, scope: !40)
!48 = !DILocation(line: 54, column: 5, scope: !40)
; braints-hash: 5860751165dd4c47a37b2d432569d45ebf5b2e4b8699b3b57533aeff89480d16
