; BrainTS kernels for synapse model GABAaSynapse (models/synapses.ts:71), method onPre(t, dt).
; _rows: the synapses of the spiking neurons; _ids: listed synapses; _update: every target neuron, every step. Arrays (fields): g, post.I, post.V.
; Group-uniform parameters (params): w, tau, E.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'GABAaSynapse.cpu'
source_filename = "models/synapses.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @GABAaSynapse_onPre_rows(double** %fields, double* %params, i32* %spikes, i64 %count, i32* %rowBegin, i32* %rowEnd, i32* %col, i32* %keys, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !6 {
entry:
  ; models/synapses.ts:58  onPre(t: number, dt: number) {
  %g.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !9
  %g.ptr = load double*, double** %g.slot, align 8, !dbg !9
  %post.I.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !9
  %post.I.ptr = load double*, double** %post.I.slot, align 8, !dbg !9
  %post.V.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !9
  %post.V.ptr = load double*, double** %post.V.slot, align 8, !dbg !9
  %w.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !9
  %w = load double, double* %w.slot, align 8, !dbg !9
  %tau.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !9
  %tau = load double, double* %tau.slot, align 8, !dbg !9
  %E.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !9
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
  ; models/synapses.ts:59  this.g += this.w;
  %35 = load i64, i64* %bad, align 8, !dbg !10
  %36 = icmp ne i64 %35, 0, !dbg !10
  %result = zext i1 %36 to i32, !dbg !10
  ret i32 %result, !dbg !10

synapse:                                          ; preds = %synapse, %spike
  ; models/synapses.ts:58  onPre(t: number, dt: number) {
  %x = phi i64 [ %31, %spike ], [ %x.next, %synapse ], !dbg !9
  %37 = getelementptr inbounds i32, i32* %col, i64 %x, !dbg !9
  %j = load i32, i32* %37, align 4, !dbg !9
  %38 = sext i32 %j to i64, !dbg !9
  ; models/synapses.ts:59  this.g += this.w;
  %g.addr = getelementptr inbounds double, double* %g.ptr, i64 %38, !dbg !10
  %g = load double, double* %g.addr, align 8, !dbg !10
  %g.next = fadd double %g, %w, !dbg !11
  %g.addr1 = getelementptr inbounds double, double* %g.ptr, i64 %38, !dbg !10
  store double %g.next, double* %g.addr1, align 8, !dbg !10
  %39 = fsub double %g.next, %g.next, !dbg !10
  %40 = bitcast double %39 to i64, !dbg !10
  %g.bad = or i64 0, %40, !dbg !10
  %41 = load i64, i64* %bad, align 8, !dbg !10
  %42 = or i64 %41, %g.bad, !dbg !10
  store i64 %42, i64* %bad, align 8, !dbg !10
  %x.next = add i64 %x, 1, !dbg !10
  %43 = icmp slt i64 %x.next, %33, !dbg !10
  br i1 %43, label %synapse, label %next.spike, !dbg !10

next.spike:                                       ; preds = %synapse, %spike
  %q.next = add i64 %q, 1, !dbg !10
  %44 = icmp slt i64 %q.next, %count, !dbg !10
  br i1 %44, label %spike, label %done, !dbg !10
}

; Function Attrs: inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn
declare void @llvm.prefetch.p0i8(i8* nocapture readonly, i32 immarg, i32 immarg, i32) #1

; Function Attrs: nounwind
define i32 @GABAaSynapse_onPre_ids(double** %fields, double* %params, i32* %ids, i64 %count, i32* %pre, i32* %col, i32* %keys, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !12 {
entry:
  ; models/synapses.ts:58  onPre(t: number, dt: number) {
  %g.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !13
  %g.ptr = load double*, double** %g.slot, align 8, !dbg !13
  %post.I.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !13
  %post.I.ptr = load double*, double** %post.I.slot, align 8, !dbg !13
  %post.V.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !13
  %post.V.ptr = load double*, double** %post.V.slot, align 8, !dbg !13
  %w.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !13
  %w = load double, double* %w.slot, align 8, !dbg !13
  %tau.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !13
  %tau = load double, double* %tau.slot, align 8, !dbg !13
  %E.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !13
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
  ; models/synapses.ts:59  this.g += this.w;
  %g.addr = getelementptr inbounds double, double* %g.ptr, i64 %14, !dbg !14
  %g = load double, double* %g.addr, align 8, !dbg !14
  %g.next = fadd double %g, %w, !dbg !15
  %g.addr1 = getelementptr inbounds double, double* %g.ptr, i64 %14, !dbg !14
  store double %g.next, double* %g.addr1, align 8, !dbg !14
  %15 = fsub double %g.next, %g.next, !dbg !14
  %16 = bitcast double %15 to i64, !dbg !14
  %g.bad = or i64 0, %16, !dbg !14
  %17 = load i64, i64* %bad, align 8, !dbg !14
  %18 = or i64 %17, %g.bad, !dbg !14
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
define i32 @GABAaSynapse_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !16 {
entry:
  ; models/synapses.ts:53  update(t: number, dt: number) {
  %g.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !17
  %g.ptr = load double*, double** %g.slot, align 8, !dbg !17
  %post.I.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !17
  %post.I.ptr = load double*, double** %post.I.slot, align 8, !dbg !17
  %post.V.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !17
  %post.V.ptr = load double*, double** %post.V.slot, align 8, !dbg !17
  %w.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !17
  %w = load double, double* %w.slot, align 8, !dbg !17
  %tau.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !17
  %tau = load double, double* %tau.slot, align 8, !dbg !17
  %E.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !17
  %E = load double, double* %E.slot, align 8, !dbg !17
  ; models/synapses.ts:50  return -g / this.tau;
  %u0 = fdiv double -1.000000e+00, %tau, !dbg !18
  %0 = fdiv double 0.000000e+00, %u0, !dbg !19
  %u1 = fneg double %0, !dbg !19
  ; models/synapses.ts:54  this.g = step(this.dg, this.g);
  %1 = fmul double %u0, %dt, !dbg !20
  %u3 = call double @llvm.exp.f64(double %1), !dbg !20
  %2 = icmp slt i64 %begin, %end, !dbg !20
  br i1 %2, label %neuron, label %done, !dbg !20

neuron:                                           ; preds = %neuron, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %neuron ], !dbg !20
  %bad = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !20
  %3 = fcmp oeq double %u0, 0.000000e+00, !dbg !20
  %g.addr = getelementptr inbounds double, double* %g.ptr, i64 %i, !dbg !21
  %g = load double, double* %g.addr, align 8, !dbg !21
  ; models/synapses.ts:50  return -g / this.tau;
  %4 = fneg double %g, !dbg !19
  %5 = fdiv double %4, %tau, !dbg !18
  %6 = fmul double %dt, %5, !dbg !18
  %7 = fadd double %g, %6, !dbg !18
  ; models/synapses.ts:54  this.g = step(this.dg, this.g);
  %8 = fadd double %g, %0, !dbg !20
  %9 = fmul double %8, %u3, !dbg !20
  %10 = fadd double %u1, %9, !dbg !20
  %g.next = select i1 %3, double %7, double %10, !dbg !20
  ; models/synapses.ts:55  this.post.I += this.g * (this.E - this.post.V);
  %post.I.addr = getelementptr inbounds double, double* %post.I.ptr, i64 %i, !dbg !22
  %post.I = load double, double* %post.I.addr, align 8, !dbg !22
  %post.V.addr = getelementptr inbounds double, double* %post.V.ptr, i64 %i, !dbg !23
  %post.V = load double, double* %post.V.addr, align 8, !dbg !23
  %11 = fsub double %E, %post.V, !dbg !23
  %12 = fmul double %g.next, %11, !dbg !23
  %post.I.next = fadd double %post.I, %12, !dbg !23
  ; models/synapses.ts:54  this.g = step(this.dg, this.g);
  %g.addr1 = getelementptr inbounds double, double* %g.ptr, i64 %i, !dbg !24
  store double %g.next, double* %g.addr1, align 8, !dbg !24
  %13 = fsub double %g.next, %g.next, !dbg !24
  %14 = bitcast double %13 to i64, !dbg !24
  %g.bad = or i64 0, %14, !dbg !24
  ; models/synapses.ts:55  this.post.I += this.g * (this.E - this.post.V);
  %post.I.addr2 = getelementptr inbounds double, double* %post.I.ptr, i64 %i, !dbg !22
  store double %post.I.next, double* %post.I.addr2, align 8, !dbg !22
  %bad.next = or i64 %bad, %g.bad, !dbg !22
  %i.next = add i64 %i, 1, !dbg !22
  %15 = icmp slt i64 %i.next, %end, !dbg !22
  br i1 %15, label %neuron, label %done, !dbg !22

done:                                             ; preds = %neuron, %entry
  %bad.bits = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !22
  %16 = icmp ne i64 %bad.bits, 0, !dbg !22
  %result = zext i1 %16 to i32, !dbg !22
  ret i32 %result, !dbg !22
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.exp.f64(double) #2

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
!6 = distinct !DISubprogram(name: "GABAaSynapse.onPre_rows", linkageName: "GABAaSynapse_onPre_rows", scope: !3, file: !3, line: 58, type: !7, scopeLine: 58, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !8)
!7 = !DISubroutineType(types: !8)
!8 = !{}
!9 = !DILocation(line: 58, column: 3, scope: !6)
!10 = !DILocation(line: 59, column: 5, scope: !6)
!11 = !DILocation(line: 59, column: 15, scope: !6)
!12 = distinct !DISubprogram(name: "GABAaSynapse.onPre_ids", linkageName: "GABAaSynapse_onPre_ids", scope: !3, file: !3, line: 58, type: !7, scopeLine: 58, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !4, retainedNodes: !8)
!13 = !DILocation(line: 58, column: 3, scope: !12)
!14 = !DILocation(line: 59, column: 5, scope: !12)
!15 = !DILocation(line: 59, column: 15, scope: !12)
!16 = distinct !DISubprogram(name: "GABAaSynapse.update", linkageName: "GABAaSynapse_update", scope: !3, file: !3, line: 53, type: !7, scopeLine: 53, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, retainedNodes: !8)
!17 = !DILocation(line: 53, column: 3, scope: !16)
!18 = !DILocation(line: 50, column: 17, scope: !16)
!19 = !DILocation(line: 50, column: 12, scope: !16)
!20 = !DILocation(line: 54, column: 14, scope: !16)
!21 = !DILocation(line: 54, column: 28, scope: !16)
!22 = !DILocation(line: 55, column: 5, scope: !16)
!23 = !DILocation(line: 55, column: 39, scope: !16)
!24 = !DILocation(line: 54, column: 5, scope: !16)
; braints-hash: 295903f3a5201db5937dcb950ca317109a15ca3a5b535b5e3c5ff0b9bf142bd5
