; BrainTS kernels for synapse model DualExpSynapse (models/synapses.ts:83), method onPre(t, dt).
; _rows: the synapses of the spiking neurons; _ids: listed synapses; _update: every target neuron, every step. Arrays (fields): x, g, post.I, post.V.
; Group-uniform parameters (params): w, tau_rise, tau_decay, E.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'DualExpSynapse.cpu'
source_filename = "models/synapses.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @DualExpSynapse_onPre_rows(double** %fields, double* %params, i32* %spikes, i64 %count, i32* %rowBegin, i32* %rowEnd, i32* %col, i32* %keys, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !6 {
entry:
  ; models/synapses.ts:102  onPre(t: number, dt: number) {
  %x.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !9
  %x.ptr = load double*, double** %x.slot, align 8, !dbg !9
  %g.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !9
  %g.ptr = load double*, double** %g.slot, align 8, !dbg !9
  %post.I.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !9
  %post.I.ptr = load double*, double** %post.I.slot, align 8, !dbg !9
  %post.V.slot = getelementptr inbounds double*, double** %fields, i64 3, !dbg !9
  %post.V.ptr = load double*, double** %post.V.slot, align 8, !dbg !9
  %w.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !9
  %w = load double, double* %w.slot, align 8, !dbg !9
  %tau_rise.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !9
  %tau_rise = load double, double* %tau_rise.slot, align 8, !dbg !9
  %tau_decay.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !9
  %tau_decay = load double, double* %tau_decay.slot, align 8, !dbg !9
  %E.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !9
  %E = load double, double* %E.slot, align 8, !dbg !9
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
  %30 = getelementptr inbounds i32, i32* %rowBegin, i64 %2, !dbg !9
  %range.begin = load i32, i32* %30, align 4, !dbg !9
  %31 = sext i32 %range.begin to i64, !dbg !9
  %32 = getelementptr inbounds i32, i32* %rowEnd, i64 %2, !dbg !9
  %range.end = load i32, i32* %32, align 4, !dbg !9
  %33 = sext i32 %range.end to i64, !dbg !9
  %34 = icmp slt i64 %31, %33, !dbg !9
  br i1 %34, label %synapse, label %next.spike, !dbg !9

done:                                             ; preds = %next.spike, %entry
  ; models/synapses.ts:103  this.x += this.w;
  %35 = load i64, i64* %bad, align 8, !dbg !10
  %36 = icmp ne i64 %35, 0, !dbg !10
  %result = zext i1 %36 to i32, !dbg !10
  ret i32 %result, !dbg !10

synapse:                                          ; preds = %synapse, %spike
  ; models/synapses.ts:102  onPre(t: number, dt: number) {
  %x = phi i64 [ %31, %spike ], [ %x.next3, %synapse ], !dbg !9
  %37 = getelementptr inbounds i32, i32* %col, i64 %x, !dbg !9
  %j = load i32, i32* %37, align 4, !dbg !9
  %38 = sext i32 %j to i64, !dbg !9
  ; models/synapses.ts:103  this.x += this.w;
  %x.addr = getelementptr inbounds double, double* %x.ptr, i64 %38, !dbg !10
  %x1 = load double, double* %x.addr, align 8, !dbg !10
  %x.next = fadd double %x1, %w, !dbg !11
  %x.addr2 = getelementptr inbounds double, double* %x.ptr, i64 %38, !dbg !10
  store double %x.next, double* %x.addr2, align 8, !dbg !10
  %39 = fsub double %x.next, %x.next, !dbg !10
  %40 = bitcast double %39 to i64, !dbg !10
  %x.bad = or i64 0, %40, !dbg !10
  %41 = load i64, i64* %bad, align 8, !dbg !10
  %42 = or i64 %41, %x.bad, !dbg !10
  store i64 %42, i64* %bad, align 8, !dbg !10
  %x.next3 = add i64 %x, 1, !dbg !10
  %43 = icmp slt i64 %x.next3, %33, !dbg !10
  br i1 %43, label %synapse, label %next.spike, !dbg !10

next.spike:                                       ; preds = %synapse, %spike
  %q.next = add i64 %q, 1, !dbg !10
  %44 = icmp slt i64 %q.next, %count, !dbg !10
  br i1 %44, label %spike, label %done, !dbg !10
}

; Function Attrs: inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn
declare void @llvm.prefetch.p0i8(i8* nocapture readonly, i32 immarg, i32 immarg, i32) #1

; Function Attrs: nounwind
define i32 @DualExpSynapse_onPre_ids(double** %fields, double* %params, i32* %ids, i64 %count, i32* %pre, i32* %col, i32* %keys, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !12 {
entry:
  ; models/synapses.ts:102  onPre(t: number, dt: number) {
  %x.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !13
  %x.ptr = load double*, double** %x.slot, align 8, !dbg !13
  %g.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !13
  %g.ptr = load double*, double** %g.slot, align 8, !dbg !13
  %post.I.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !13
  %post.I.ptr = load double*, double** %post.I.slot, align 8, !dbg !13
  %post.V.slot = getelementptr inbounds double*, double** %fields, i64 3, !dbg !13
  %post.V.ptr = load double*, double** %post.V.slot, align 8, !dbg !13
  %w.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !13
  %w = load double, double* %w.slot, align 8, !dbg !13
  %tau_rise.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !13
  %tau_rise = load double, double* %tau_rise.slot, align 8, !dbg !13
  %tau_decay.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !13
  %tau_decay = load double, double* %tau_decay.slot, align 8, !dbg !13
  %E.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !13
  %E = load double, double* %E.slot, align 8, !dbg !13
  %bad = alloca i64, align 8, !dbg !13
  store i64 0, i64* %bad, align 8, !dbg !13
  %0 = icmp sgt i64 %count, 0, !dbg !13
  br i1 %0, label %synapse, label %done, !dbg !13

synapse:                                          ; preds = %synapse, %entry
  %q = phi i64 [ 0, %entry ], [ %q.next, %synapse ], !dbg !13
  %1 = sub i64 %count, 1, !dbg !13
  %2 = add i64 %q, 16, !dbg !13
  %3 = icmp slt i64 %2, %1, !dbg !13
  %4 = select i1 %3, i64 %2, i64 %1, !dbg !13
  %5 = getelementptr inbounds i32, i32* %ids, i64 %4, !dbg !13
  %k.ahead = load i32, i32* %5, align 4, !dbg !13
  %6 = sext i32 %k.ahead to i64, !dbg !13
  %7 = getelementptr i32, i32* %col, i64 %6, !dbg !13
  %8 = bitcast i32* %7 to i8*, !dbg !13
  call void @llvm.prefetch.p0i8(i8* %8, i32 0, i32 3, i32 1), !dbg !13
  %9 = getelementptr inbounds i32, i32* %ids, i64 %q, !dbg !13
  %k = load i32, i32* %9, align 4, !dbg !13
  %10 = sext i32 %k to i64, !dbg !13
  %11 = getelementptr inbounds i32, i32* %pre, i64 %10, !dbg !13
  %i = load i32, i32* %11, align 4, !dbg !13
  %12 = sext i32 %i to i64, !dbg !13
  %13 = getelementptr inbounds i32, i32* %col, i64 %10, !dbg !13
  %j = load i32, i32* %13, align 4, !dbg !13
  %14 = sext i32 %j to i64, !dbg !13
  ; models/synapses.ts:103  this.x += this.w;
  %x.addr = getelementptr inbounds double, double* %x.ptr, i64 %14, !dbg !14
  %x = load double, double* %x.addr, align 8, !dbg !14
  %x.next = fadd double %x, %w, !dbg !15
  %x.addr1 = getelementptr inbounds double, double* %x.ptr, i64 %14, !dbg !14
  store double %x.next, double* %x.addr1, align 8, !dbg !14
  %15 = fsub double %x.next, %x.next, !dbg !14
  %16 = bitcast double %15 to i64, !dbg !14
  %x.bad = or i64 0, %16, !dbg !14
  %17 = load i64, i64* %bad, align 8, !dbg !14
  %18 = or i64 %17, %x.bad, !dbg !14
  store i64 %18, i64* %bad, align 8, !dbg !14
  %q.next = add i64 %q, 1, !dbg !14
  %19 = icmp slt i64 %q.next, %count, !dbg !14
  br i1 %19, label %synapse, label %done, !dbg !14

done:                                             ; preds = %synapse, %entry
  %20 = load i64, i64* %bad, align 8, !dbg !14
  %21 = icmp ne i64 %20, 0, !dbg !14
  %result = zext i1 %21 to i32, !dbg !14
  ret i32 %result, !dbg !14
}

; Function Attrs: nounwind
define i32 @DualExpSynapse_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !16 {
entry:
  ; models/synapses.ts:97  update(t: number, dt: number) {
  %x.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !17
  %x.ptr = load double*, double** %x.slot, align 8, !dbg !17
  %g.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !17
  %g.ptr = load double*, double** %g.slot, align 8, !dbg !17
  %post.I.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !17
  %post.I.ptr = load double*, double** %post.I.slot, align 8, !dbg !17
  %post.V.slot = getelementptr inbounds double*, double** %fields, i64 3, !dbg !17
  %post.V.ptr = load double*, double** %post.V.slot, align 8, !dbg !17
  %w.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !17
  %w = load double, double* %w.slot, align 8, !dbg !17
  %tau_rise.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !17
  %tau_rise = load double, double* %tau_rise.slot, align 8, !dbg !17
  %tau_decay.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !17
  %tau_decay = load double, double* %tau_decay.slot, align 8, !dbg !17
  %E.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !17
  %E = load double, double* %E.slot, align 8, !dbg !17
  ; models/synapses.ts:98  [this.x, this.g] = step(this.dxg, this.x, this.g);
  %u0 = fdiv double %dt, 6.000000e+00, !dbg !18
  %u1 = fmul double 5.000000e-01, %dt, !dbg !18
  %0 = icmp slt i64 %begin, %end, !dbg !18
  br i1 %0, label %neuron, label %done, !dbg !18

neuron:                                           ; preds = %neuron, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %neuron ], !dbg !18
  %bad = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !18
  %x.addr = getelementptr inbounds double, double* %x.ptr, i64 %i, !dbg !19
  %x = load double, double* %x.addr, align 8, !dbg !19
  ; models/synapses.ts:94  return [-x / this.tau_rise, -g / this.tau_decay + x / this.tau_rise];
  %1 = fneg double %x, !dbg !20
  %2 = fdiv double %1, %tau_rise, !dbg !21
  ; models/synapses.ts:98  [this.x, this.g] = step(this.dxg, this.x, this.g);
  %3 = fmul double %u1, %2, !dbg !18
  %4 = fadd double %x, %3, !dbg !18
  %5 = fneg double %4, !dbg !18
  %6 = fdiv double %5, %tau_rise, !dbg !18
  %7 = fmul double 2.000000e+00, %6, !dbg !18
  %8 = fadd double %2, %7, !dbg !18
  %9 = fmul double %u1, %6, !dbg !18
  %10 = fadd double %x, %9, !dbg !18
  %11 = fneg double %10, !dbg !18
  %12 = fdiv double %11, %tau_rise, !dbg !18
  %13 = fmul double 2.000000e+00, %12, !dbg !18
  %14 = fadd double %8, %13, !dbg !18
  %15 = fmul double %dt, %12, !dbg !18
  %16 = fadd double %x, %15, !dbg !18
  %17 = fneg double %16, !dbg !18
  %18 = fdiv double %17, %tau_rise, !dbg !18
  %19 = fadd double %14, %18, !dbg !18
  %20 = fmul double %u0, %19, !dbg !18
  %x.next = fadd double %x, %20, !dbg !18
  %g.addr = getelementptr inbounds double, double* %g.ptr, i64 %i, !dbg !22
  %g = load double, double* %g.addr, align 8, !dbg !22
  ; models/synapses.ts:94  return [-x / this.tau_rise, -g / this.tau_decay + x / this.tau_rise];
  %21 = fneg double %g, !dbg !23
  %22 = fdiv double %21, %tau_decay, !dbg !24
  %23 = fdiv double %x, %tau_rise, !dbg !25
  %24 = fadd double %22, %23, !dbg !25
  ; models/synapses.ts:98  [this.x, this.g] = step(this.dxg, this.x, this.g);
  %25 = fmul double %u1, %24, !dbg !18
  %26 = fadd double %g, %25, !dbg !18
  %27 = fneg double %26, !dbg !18
  %28 = fdiv double %27, %tau_decay, !dbg !18
  ; models/synapses.ts:94  return [-x / this.tau_rise, -g / this.tau_decay + x / this.tau_rise];
  %29 = fdiv double %4, %tau_rise, !dbg !26
  %30 = fadd double %28, %29, !dbg !26
  %31 = fmul double 2.000000e+00, %30, !dbg !26
  %32 = fadd double %24, %31, !dbg !26
  ; models/synapses.ts:98  [this.x, this.g] = step(this.dxg, this.x, this.g);
  %33 = fmul double %u1, %30, !dbg !18
  %34 = fadd double %g, %33, !dbg !18
  %35 = fneg double %34, !dbg !18
  %36 = fdiv double %35, %tau_decay, !dbg !18
  ; models/synapses.ts:94  return [-x / this.tau_rise, -g / this.tau_decay + x / this.tau_rise];
  %37 = fdiv double %10, %tau_rise, !dbg !26
  %38 = fadd double %36, %37, !dbg !26
  %39 = fmul double 2.000000e+00, %38, !dbg !26
  %40 = fadd double %32, %39, !dbg !26
  ; models/synapses.ts:98  [this.x, this.g] = step(this.dxg, this.x, this.g);
  %41 = fmul double %dt, %38, !dbg !18
  %42 = fadd double %g, %41, !dbg !18
  %43 = fneg double %42, !dbg !18
  %44 = fdiv double %43, %tau_decay, !dbg !18
  ; models/synapses.ts:94  return [-x / this.tau_rise, -g / this.tau_decay + x / this.tau_rise];
  %45 = fdiv double %16, %tau_rise, !dbg !26
  %46 = fadd double %44, %45, !dbg !26
  %47 = fadd double %40, %46, !dbg !26
  %48 = fmul double %u0, %47, !dbg !26
  %g.next = fadd double %g, %48, !dbg !26
  ; models/synapses.ts:99  this.post.I += this.g * (this.E - this.post.V);
  %post.I.addr = getelementptr inbounds double, double* %post.I.ptr, i64 %i, !dbg !27
  %post.I = load double, double* %post.I.addr, align 8, !dbg !27
  %post.V.addr = getelementptr inbounds double, double* %post.V.ptr, i64 %i, !dbg !28
  %post.V = load double, double* %post.V.addr, align 8, !dbg !28
  %49 = fsub double %E, %post.V, !dbg !28
  %50 = fmul double %g.next, %49, !dbg !28
  %post.I.next = fadd double %post.I, %50, !dbg !28
  ; models/synapses.ts:98  [this.x, this.g] = step(this.dxg, this.x, this.g);
  %x.addr1 = getelementptr inbounds double, double* %x.ptr, i64 %i, !dbg !29
  store double %x.next, double* %x.addr1, align 8, !dbg !29
  %51 = fsub double %x.next, %x.next, !dbg !29
  %52 = bitcast double %51 to i64, !dbg !29
  %x.bad = or i64 0, %52, !dbg !29
  %g.addr2 = getelementptr inbounds double, double* %g.ptr, i64 %i, !dbg !29
  store double %g.next, double* %g.addr2, align 8, !dbg !29
  %53 = fsub double %g.next, %g.next, !dbg !29
  %54 = bitcast double %53 to i64, !dbg !29
  %g.bad = or i64 %x.bad, %54, !dbg !29
  ; models/synapses.ts:99  this.post.I += this.g * (this.E - this.post.V);
  %post.I.addr3 = getelementptr inbounds double, double* %post.I.ptr, i64 %i, !dbg !27
  store double %post.I.next, double* %post.I.addr3, align 8, !dbg !27
  %bad.next = or i64 %bad, %g.bad, !dbg !27
  %i.next = add i64 %i, 1, !dbg !27
  %55 = icmp slt i64 %i.next, %end, !dbg !27
  br i1 %55, label %neuron, label %done, !dbg !27

done:                                             ; preds = %neuron, %entry
  %bad.bits = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !27
  %56 = icmp ne i64 %bad.bits, 0, !dbg !27
  %result = zext i1 %56 to i32, !dbg !27
  ret i32 %result, !dbg !27
}

attributes #0 = { nounwind }
attributes #1 = { inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2, !4, !5}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "synapses.ts", directory: "models")
!4 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!5 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!6 = distinct !DISubprogram(name: "DualExpSynapse.onPre_rows", linkageName: "DualExpSynapse_onPre_rows", scope: !3, file: !3, line: 102, type: !7, scopeLine: 102, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !8)
!7 = !DISubroutineType(types: !8)
!8 = !{}
!9 = !DILocation(line: 102, column: 3, scope: !6)
!10 = !DILocation(line: 103, column: 5, scope: !6)
!11 = !DILocation(line: 103, column: 15, scope: !6)
!12 = distinct !DISubprogram(name: "DualExpSynapse.onPre_ids", linkageName: "DualExpSynapse_onPre_ids", scope: !3, file: !3, line: 102, type: !7, scopeLine: 102, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !4, retainedNodes: !8)
!13 = !DILocation(line: 102, column: 3, scope: !12)
!14 = !DILocation(line: 103, column: 5, scope: !12)
!15 = !DILocation(line: 103, column: 15, scope: !12)
!16 = distinct !DISubprogram(name: "DualExpSynapse.update", linkageName: "DualExpSynapse_update", scope: !3, file: !3, line: 97, type: !7, scopeLine: 97, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, retainedNodes: !8)
!17 = !DILocation(line: 97, column: 3, scope: !16)
!18 = !DILocation(line: 98, column: 24, scope: !16)
!19 = !DILocation(line: 98, column: 39, scope: !16)
!20 = !DILocation(line: 94, column: 13, scope: !16)
!21 = !DILocation(line: 94, column: 18, scope: !16)
!22 = !DILocation(line: 98, column: 47, scope: !16)
!23 = !DILocation(line: 94, column: 33, scope: !16)
!24 = !DILocation(line: 94, column: 38, scope: !16)
!25 = !DILocation(line: 94, column: 59, scope: !16)
!26 = !DILocation(line: 94, column: 55, scope: !16)
!27 = !DILocation(line: 99, column: 5, scope: !16)
!28 = !DILocation(line: 99, column: 39, scope: !16)
!29 = !DILocation(line: 98, column: 5, scope: !16)
; braints-hash: 2845cf8e6e7040ec776b85ac70a5da2d794dd49807515feede41750e05914d13
